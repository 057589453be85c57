import { ActivityLog, AppError, FileStorage, UnitOfWork, badInput, notFound, requireId } from '@commonground/api-core';
import { NotificationService } from '@commonground/api-identity';
import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ConcernEntity, ConcernEvidenceEntity } from './concerns.entities';
import { ConcernPolicy, ConcernViewer } from './concerns.policy';
import { ConcernService } from './concern.service';
import { MalformedEvidenceError, cleanEvidence } from './evidence-metadata';

/** Evidence files: images (JPEG, PNG) and PDF, up to this size. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

/**
 * Evidence of a concern. The reporter (through the code) and case handlers
 * add files; the type is read from the bytes and the metadata removed before
 * storage; the stored name is neutral ("evidence-3.jpg"), since a phone's
 * file name may say who or where. Organizations of the case see a file only
 * once a case handler shared it.
 */
@Injectable()
export class ConcernEvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly storage: FileStorage,
    private readonly policy: ConcernPolicy,
    private readonly concerns: ConcernService,
    private readonly notifications: NotificationService,
    private readonly activity: ActivityLog,
  ) {}

  async add(viewer: ConcernViewer, concernId: string, bytes: Buffer): Promise<ConcernEvidenceEntity> {
    const concern = await this.concerns.find(viewer, concernId, 'concernId');
    if (!this.policy.canAddEvidence(viewer, concern)) throw notFound('The concern');
    if (bytes.length > MAX_EVIDENCE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `An evidence file is at most ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB.`, { field: 'file' });
    let cleaned: ReturnType<typeof cleanEvidence>;
    try {
      cleaned = cleanEvidence(bytes);
    } catch (error) {
      if (error instanceof MalformedEvidenceError) throw badInput('file', error.message);
      throw error;
    }
    if (!cleaned) throw badInput('file', 'Evidence is a photo (JPEG or PNG) or a PDF document.');
    const stored = await this.storage.write(Readable.from([cleaned.bytes]), { maxBytes: MAX_EVIDENCE_BYTES, prefix: 'concern-evidence' });
    const asHandler = this.policy.canHandle(viewer, concern);
    try {
      return await this.uow.run(async (manager) => {
        const [{ n }] = await manager.query(`SELECT count(*)::int + 1 AS n FROM concern_evidence WHERE concern_id = $1`, [concern.id]);
        const row = await manager.save(
          ConcernEvidenceEntity,
          manager.create(ConcernEvidenceEntity, {
            concernId: concern.id,
            fileName: `evidence-${n}.${EXTENSION[cleaned!.type]}`,
            contentType: cleaned!.type,
            sizeBytes: stored.sizeBytes,
            sha256: stored.sha256,
            storageKey: stored.key,
            addedBy: asHandler ? 'HANDLER' : 'REPORTER',
            sharedAt: null,
            sharedByUserId: null,
          }),
        );
        await manager.update(ConcernEntity, { id: concern.id }, { updatedAt: new Date() });
        return row;
      });
    } catch (error) {
      await this.storage.remove(stored.key).catch(() => undefined);
      throw error;
    }
  }

  /** A case handler shares a file with the organizations of the case (or stops sharing it). */
  async share(viewer: ConcernViewer, evidenceId: string, shared: boolean): Promise<{ evidence: ConcernEvidenceEntity; concern: ConcernEntity }> {
    requireId(evidenceId, 'evidenceId');
    const evidence = await this.dataSource.getRepository(ConcernEvidenceEntity).findOneBy({ id: evidenceId });
    const concern = evidence && (await this.dataSource.getRepository(ConcernEntity).findOneBy({ id: evidence.concernId }));
    if (!evidence || !concern || !this.policy.canShareEvidence(viewer, concern)) throw notFound('The evidence file');
    const actor = viewer.actor!;
    await this.uow.run(async (manager) => {
      evidence.sharedAt = shared ? (evidence.sharedAt ?? new Date()) : null;
      evidence.sharedByUserId = shared ? actor.userId : null;
      await manager.save(ConcernEvidenceEntity, evidence);
      await this.activity.record(this.activity.byActor(actor, { action: shared ? 'CONCERN_EVIDENCE_SHARED' : 'CONCERN_EVIDENCE_UNSHARED', targetType: 'ConcernEvidence', targetId: evidence.id, details: { concernId: concern.id } }), manager);
      if (shared && concern.recipientOrganizationIds.length) {
        await this.notifications.notifyOrganizations(manager, concern.recipientOrganizationIds, { kind: 'CONCERN_EVIDENCE', title: `Evidence shared in community concern ${concern.reference}`, link: `/concerns/cases/${concern.id}` }, { email: false });
      }
    });
    return { evidence, concern };
  }

  /** The file for a viewer allowed to see it; null (404) for everyone else alike. */
  async download(viewer: ConcernViewer, evidenceId: string): Promise<{ evidence: ConcernEvidenceEntity; stream: Readable } | null> {
    if (!viewer.actor || !requireIdOrNull(evidenceId)) return null;
    const evidence = await this.dataSource.getRepository(ConcernEvidenceEntity).findOneBy({ id: evidenceId });
    const concern = evidence && (await this.dataSource.getRepository(ConcernEntity).findOneBy({ id: evidence.concernId }));
    if (!evidence || !concern || !this.policy.canSeeEvidence(viewer, concern, evidence)) return null;
    await this.activity.record(this.activity.byActor(viewer.actor, { action: 'CONCERN_EVIDENCE_DOWNLOADED', targetType: 'ConcernEvidence', targetId: evidence.id }));
    return { evidence, stream: await this.storage.read(evidence.storageKey) };
  }
}

function requireIdOrNull(id: string): boolean {
  try {
    requireId(id, 'evidenceId');
    return true;
  } catch {
    return false;
  }
}
