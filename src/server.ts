import closeWithGrace from 'close-with-grace'
import { loadConfig, ConfigError } from './config.js'
import { buildApp } from './app.js'
import { packageVersion } from './version.js'
import { explainDatabaseError } from './db/startup-errors.js'

async function main() {
  let config
  try {
    config = loadConfig(process.env, packageVersion())
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`)
      process.exit(1)
    }
    throw err
  }

  let app
  try {
    app = await buildApp(config)
  } catch (err) {
    const hint = explainDatabaseError(err, config.database.url)
    if (hint) {
      process.stderr.write(`Startup failed: ${hint}\n`)
      process.exit(1)
    }
    throw err
  }
  if (config.jwt.insecureDevSecret) app.log.warn('JWT_SECRET is not set: using a development secret (set it before going to production)')

  // SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the database.
  closeWithGrace({ delay: 10_000, logger: app.log }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error')
    else app.log.info({ signal }, 'shutting down')
    await app.close()
  })

  await app.listen({ port: config.port, host: config.host })
}

main().catch((err) => {
  process.stderr.write(`Startup failed: ${err?.stack ?? err}\n`)
  process.exit(1)
})
