import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A document that changed and must be (re)sent to the search engine. Written
 * in the same transaction as the change; drained by SearchSync.
 */
@Entity('search_outbox')
export class SearchOutboxEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  /** the indexer kind, e.g. ORGANIZATION */
  @Column({ type: 'text' }) kind: string;
  @Column({ name: 'document_id', type: 'uuid' }) documentId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
}
