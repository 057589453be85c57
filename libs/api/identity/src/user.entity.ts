import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
@Index('users_email_unique', ['email'], { unique: true })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** stored lower-cased and trimmed */
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'password_hash', type: 'text' }) passwordHash: string;
  @Column({ type: 'text', default: 'en' }) locale: string;
  @Column({ name: 'is_platform_admin', type: 'boolean', default: false }) isPlatformAdmin: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
