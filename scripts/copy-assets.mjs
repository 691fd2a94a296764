// tsc copies no .sql files; the migration runner reads them beside its compiled module.
import { cpSync } from 'node:fs'
cpSync('src/db/migrations', 'dist/src/db/migrations', { recursive: true })
