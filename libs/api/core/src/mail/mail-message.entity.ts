import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every e-mail the hub sends, written in the transaction of the action that
 * causes it and delivered afterwards by a job (SMTP, or a file in
 * DATA_DIR/mail when no SMTP_URL is configured). Administrators list them.
 */
@Entity('mail_messages')
@Index('mail_messages_pending', ['createdAt'], { where: 'sent_at IS NULL' })
export class MailMessage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'to_address', type: 'text' }) to: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ type: 'text' }) text: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ type: 'text', nullable: true }) transport: 'SMTP' | 'FILE' | null;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
}
