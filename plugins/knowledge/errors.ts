import { HttpError } from '../../src/platform/http-error.js'

/** The knowledge base's error codes: one meaning each, stable for clients. */
export const kbErrors = {
  folderNotFound: () => new HttpError(404, 'folder_not_found', 'Folder not found'),
  parentNotFound: () => new HttpError(400, 'parent_folder_not_found', 'parentId names no folder of this workspace'),
  folderCycle: () => new HttpError(400, 'folder_cycle', 'A folder cannot be moved under itself or one of its subfolders'),
  documentNotFound: () => new HttpError(404, 'document_not_found', 'Document not found'),
  callNotFound: () => new HttpError(404, 'call_not_found', 'Call not found'),
  folderNotEmpty: (documents: number) =>
    new HttpError(409, 'folder_not_empty', `The folder holds ${documents} document(s): delete with ?recursive=true to delete them too`, { documents }),
  folderHasSubfolders: (subfolders: number) =>
    new HttpError(409, 'folder_has_subfolders', `The folder has ${subfolders} subfolder(s): delete or move them first`, { subfolders }),
  folderInUse: (agents: { id: string; name: string }[]) =>
    new HttpError(409, 'folder_in_use', `Agents use this folder (${agents.map((a) => a.name).join(', ')}): delete with ?force=true to remove it from them`, { agents }),
  unknownFolders: (folderIds: string[]) =>
    new HttpError(400, 'knowledge_folder_not_found', `knowledgeFolderIds names folders this workspace does not have: ${folderIds.join(', ')}`, { folderIds }),
  documentLimit: (limit: number) =>
    new HttpError(409, 'document_limit_reached', `The workspace holds its maximum of ${limit} knowledge-base documents: delete some first`, { limit }),
  emptyText: () => new HttpError(422, 'empty_text', 'The document has no text (only whitespace)'),
  fileMissing: () => new HttpError(400, 'file_missing', 'Send the PDF as the multipart part named "file"'),
  notMultipart: () => new HttpError(415, 'unsupported_media_type', 'Send multipart/form-data with a part named "file"'),
  notPdf: () => new HttpError(415, 'not_a_pdf', 'The file is not a PDF (its bytes do not start with %PDF-); only PDF files are supported'),
  fileTooLarge: (max: number) => new HttpError(413, 'file_too_large', `The file is larger than ${max} bytes (KB_UPLOAD_MAX_BYTES)`, { maxBytes: max }),
}

/** Why an extraction failed, stored on the document and answered by `?wait=true` (422). */
export const EXTRACTION_ERRORS = {
  pdf_encrypted: 'The PDF is password-protected: remove the password and upload it again',
  pdf_corrupt: 'The PDF is damaged or truncated and cannot be read: upload a complete copy',
  no_text_found: 'The PDF has no text layer (scanned pages?): OCR is not done, upload a PDF with selectable text',
  empty_text: 'The document has no text',
  extraction_failed: 'The text could not be extracted',
} as const
export type ExtractionErrorCode = keyof typeof EXTRACTION_ERRORS

export class ExtractionError extends Error {
  constructor(readonly code: ExtractionErrorCode, detail?: string) {
    super(detail ? `${EXTRACTION_ERRORS[code]} (${detail})` : EXTRACTION_ERRORS[code])
  }
}
