/**
 * MPEG-1 Layer III frames, built and checked by their headers. A frame here is a valid silent
 * frame (zero side information and main data): what a decoder accepts and plays as silence.
 */
const BITRATES_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0]
const SAMPLE_RATES = [44100, 48000, 32000, 0]

/** `count` frames at 128 kbit/s, 44.1 kHz, mono: 417 bytes each, about 26 ms of audio. */
export function mp3Frames(count: number): Buffer {
  const frame = Buffer.alloc(417)
  frame.set([0xff, 0xfb, 0x90, 0xc4])
  return Buffer.concat(Array.from({ length: count }, () => frame))
}

/**
 * Walks the bytes frame by frame from the start (an ID3v2 tag first is skipped) and throws
 * unless they are whole MPEG-1/2 Layer III frames to the last byte.
 */
export function parseMp3Frames(buf: Buffer): { frames: number; durationMs: number; sampleRate: number; bitrateKbps: number } {
  let at = 0
  if (buf.subarray(0, 3).toString('latin1') === 'ID3') {
    at = 10 + ((buf[6] << 21) | (buf[7] << 14) | (buf[8] << 7) | buf[9])
  }
  let frames = 0
  let samples = 0
  let sampleRate = 0
  let bitrateKbps = 0
  while (at < buf.length) {
    if (buf.length - at < 4) throw new Error(`trailing ${buf.length - at} bytes at ${at}`)
    const [b0, b1, b2] = [buf[at], buf[at + 1], buf[at + 2]]
    if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) throw new Error(`no frame sync at byte ${at}`)
    const version = (b1 >> 3) & 3 // 3: MPEG-1, 2: MPEG-2
    const layer = (b1 >> 1) & 3 // 1: Layer III
    if (layer !== 1 || (version !== 3 && version !== 2)) throw new Error(`not MPEG-1/2 Layer III at byte ${at}`)
    const kbps = version === 3 ? BITRATES_KBPS[b2 >> 4] : [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0][b2 >> 4]
    const rate = SAMPLE_RATES[(b2 >> 2) & 3] / (version === 3 ? 1 : 2)
    if (!kbps || !rate) throw new Error(`bad bitrate or sample rate at byte ${at}`)
    const padding = (b2 >> 1) & 1
    const perFrame = version === 3 ? 1152 : 576
    const length = Math.floor(((perFrame / 8) * kbps * 1000) / rate) + padding
    if (at + length > buf.length) throw new Error(`frame at ${at} runs past the end`)
    at += length
    frames++
    samples += perFrame
    sampleRate = rate
    bitrateKbps = kbps
  }
  if (!frames) throw new Error('no frames')
  return { frames, durationMs: Math.round((samples / sampleRate) * 1000), sampleRate, bitrateKbps }
}
