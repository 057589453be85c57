import { Access, Actor, SignedInActor, badInput } from '@commonground/api-core';
import { Controller, HttpCode, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import fs from 'node:fs';
import os from 'node:os';
import { DeclarationImportService, MAX_FILES_PER_UPLOAD, UploadedFile } from './declaration-import.service';
import { MAX_FILE_BYTES } from './declarations';

/** multer reads multipart file names as latin1; browsers send UTF-8. */
const utf8Name = (name: string) => Buffer.from(name, 'latin1').toString('utf8');

/**
 * `POST /api/declarations` (ARCHITECTURE "HTTP endpoints"): multipart, one or
 * more `files`; answers 202 with the queued imports. Files go to a temporary
 * directory (never whole into memory), then into the file storage.
 */
@Controller('api/declarations')
export class DeclarationController {
  constructor(private readonly imports: DeclarationImportService) {}

  @Post()
  @HttpCode(202)
  @Access('organization')
  @UseInterceptors(FilesInterceptor('files', MAX_FILES_PER_UPLOAD, { dest: os.tmpdir(), limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES_PER_UPLOAD } }))
  async upload(@SignedInActor() actor: Actor, @UploadedFiles() files: UploadedFile[] | undefined) {
    try {
      if (!files?.length) throw badInput('files', 'Attach one or more .xlsx files in the field "files".');
      const imports = await this.imports.accept(
        actor,
        files.map((f) => ({ name: utf8Name(f.originalname), stream: fs.createReadStream(f.path!) })),
      );
      return { imports: imports.map((i) => ({ id: i.id, fileName: i.fileName, state: i.state, duplicateOf: i.duplicateOfImportId })) };
    } finally {
      for (const f of files ?? []) if (f.path) fs.promises.rm(f.path, { force: true }).catch(() => undefined);
    }
  }
}
