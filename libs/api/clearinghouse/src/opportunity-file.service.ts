import { Actor, FileStorage, FileTooLargeError, MaybeActor, badInput, forbidden, isUuid, notFound, requireId } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { OpportunityFileEntity, OpportunityStatus } from './clearinghouse.entities';
import { OpportunityService } from './opportunity.service';

/** Documents per opportunity, and their size limit. */
export const MAX_FILES_PER_OPPORTUNITY = 10;
export const MAX_OPPORTUNITY_FILE_BYTES = 20 * 1024 * 1024;

/** The document types accepted, recognised by their first bytes (the name and the browser's type are not trusted). */
const SIGNATURES: Array<{ type: string; extensions: string[]; test: (head: Buffer) => boolean }> = [
  { type: 'application/pdf', extensions: ['pdf'], test: (h) => h.subarray(0, 5).toString('latin1') === '%PDF-' },
  // Office Open XML and OpenDocument files are zip archives
  {
    type: 'application/zip',
    extensions: ['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'],
    test: (h) => h[0] === 0x50 && h[1] === 0x4b && h[2] === 0x03 && h[3] === 0x04,
  },
  { type: 'image/png', extensions: ['png'], test: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
];

const OFFICE_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};

class UnsupportedFileError extends Error {}

/** Checks the first bytes against the allowed types and the file name's extension; passes the bytes through. */
async function* sniffed(source: Readable, extension: string, found: { type?: string }): AsyncGenerator<Buffer> {
  let head = Buffer.alloc(0);
  let checked = false;
  for await (const chunk of source) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    if (checked) {
      yield b;
      continue;
    }
    head = Buffer.concat([head, b]);
    if (head.length < 8) continue;
    const match = SIGNATURES.find((s) => s.extensions.includes(extension) && s.test(head));
    if (!match) throw new UnsupportedFileError();
    found.type = match.type === 'application/zip' ? OFFICE_TYPES[extension] : match.type;
    checked = true;
    yield head;
  }
  if (!checked) throw new UnsupportedFileError();
}

/** Documents uploaded with an opportunity: the publisher adds and removes them; its audience downloads them. */
@Injectable()
export class OpportunityFileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly opportunities: OpportunityService,
  ) {}

  async add(actor: Actor, opportunityId: string, fileName: string, source: Readable): Promise<OpportunityFileEntity> {
    const o = await this.opportunities.find(actor, opportunityId, 'id');
    if (o.ownerOrganizationId !== actor.organizationId) throw forbidden('Only members of the publishing organization add documents.');
    if (o.status === OpportunityStatus.ARCHIVED) throw badInput('id', 'An archived opportunity can no longer be edited.');
    const count = await this.dataSource.getRepository(OpportunityFileEntity).countBy({ opportunityId });
    if (count >= MAX_FILES_PER_OPPORTUNITY) throw badInput('file', `At most ${MAX_FILES_PER_OPPORTUNITY} documents per opportunity.`);
    const name = (fileName || 'document').replace(/[\\/\r\n"]/g, '_').slice(0, 200);
    const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
    const found: { type?: string } = {};
    let stored;
    try {
      stored = await this.storage.write(Readable.from(sniffed(source, extension, found)), { maxBytes: MAX_OPPORTUNITY_FILE_BYTES, prefix: 'opportunity-files' });
    } catch (error) {
      if (error instanceof UnsupportedFileError) throw badInput('file', 'Upload a PDF, an office document (docx, xlsx, pptx, odt, ods, odp) or an image (png, jpg) whose content matches its name.');
      if (error instanceof FileTooLargeError) throw badInput('file', `Documents may be ${MAX_OPPORTUNITY_FILE_BYTES / 1024 / 1024} MiB at most.`);
      throw error;
    }
    return this.dataSource.getRepository(OpportunityFileEntity).save({
      opportunityId,
      fileName: name,
      contentType: found.type!,
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      storageKey: stored.key,
      uploadedByUserId: actor.userId,
    });
  }

  async remove(actor: Actor, fileId: string): Promise<boolean> {
    requireId(fileId, 'id');
    const file = await this.dataSource.getRepository(OpportunityFileEntity).findOneBy({ id: fileId });
    if (!file) throw notFound('The document');
    const o = await this.opportunities.find(actor, file.opportunityId);
    if (o.ownerOrganizationId !== actor.organizationId) throw forbidden('Only members of the publishing organization remove documents.');
    await this.dataSource.getRepository(OpportunityFileEntity).delete({ id: fileId });
    await this.storage.remove(file.storageKey);
    return true;
  }

  /** The file for a viewer who may see its opportunity; null for anyone else. */
  async open(actor: MaybeActor, opportunityId: string, fileId: string): Promise<{ file: OpportunityFileEntity; stream: Readable } | null> {
    if (!isUuid(opportunityId) || !isUuid(fileId)) return null;
    const file = await this.dataSource.getRepository(OpportunityFileEntity).findOneBy({ id: fileId, opportunityId });
    if (!file) return null;
    const visible = await this.opportunities.find(actor, opportunityId).catch(() => null);
    if (!visible) return null;
    return { file, stream: await this.storage.read(file.storageKey) };
  }
}
