// Files in an S3-compatible object store (AWS S3, MinIO, Ceph, Garage, R2 ...),
// so that every API replica and worker reads the same files. Streamed both
// ways: an upload is cut into parts of PART_BYTES (one part in memory at a
// time), hashed and counted on the way, and sent as one PUT when it fits a
// part, else as a multipart upload that is aborted on any failure — a refused
// or failed write leaves no object and no pending upload behind.
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type CompletedPart,
} from '@aws-sdk/client-s3';
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { FileStorage, FileTooLargeError, StoredFileMissingError, isStorageKey, type StoredFile } from './file-storage';

export interface S3StorageConfig {
  /** `https://s3.eu-west-1.amazonaws.com`, `http://minio:9000`; undefined: AWS's endpoint for the region */
  endpoint: string | undefined;
  bucket: string;
  region: string;
  /** both or neither: without them the SDK's default chain (environment, instance role) answers */
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  /** `http://host/bucket/key` instead of `http://bucket.host/key` (MinIO and most self-hosted stores) */
  forcePathStyle: boolean;
}

/** Size of one part of a multipart upload (S3's minimum is 5 MiB, except the last). */
export const PART_BYTES = 8 * 1024 * 1024;

export class S3FileStorage extends FileStorage {
  readonly client: S3Client;

  constructor(readonly config: S3StorageConfig) {
    super();
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
      // only the checksums S3 requires: many S3-compatible stores do not speak the newer trailing-checksum encoding
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  /** Fails unless the bucket exists and the credentials may use it. */
  async check(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.config.bucket }));
  }

  write(source: Readable, options: { maxBytes: number; prefix?: string }): Promise<StoredFile> {
    return this.put(`${options.prefix ?? 'files'}/${randomUUID()}`, source, options.maxBytes);
  }

  /**
   * Stores a stream under a key chosen by the caller (the local-to-S3 move keeps
   * the keys the database refers to). Same limits and hash as write().
   */
  async put(key: string, source: Readable, maxBytes: number): Promise<StoredFile> {
    if (!isStorageKey(key)) throw new StoredFileMissingError(key);
    const hash = createHash('sha256');
    let size = 0;
    let uploadId: string | undefined;
    const parts: CompletedPart[] = [];
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const Bucket = this.config.bucket;
    const flushPart = async () => {
      if (!uploadId) uploadId = (await this.client.send(new CreateMultipartUploadCommand({ Bucket, Key: key, ContentType: 'application/octet-stream' }))).UploadId!;
      const body = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      const PartNumber = parts.length + 1;
      const { ETag } = await this.client.send(new UploadPartCommand({ Bucket, Key: key, UploadId: uploadId, PartNumber, Body: body, ContentLength: body.length }));
      parts.push({ ETag, PartNumber });
    };
    try {
      for await (const chunk of source) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        size += buf.length;
        if (size > maxBytes) throw new FileTooLargeError(maxBytes);
        hash.update(buf);
        pending.push(buf);
        pendingBytes += buf.length;
        if (pendingBytes >= PART_BYTES) await flushPart();
      }
      if (!uploadId) {
        const body = Buffer.concat(pending, pendingBytes);
        await this.client.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentLength: body.length, ContentType: 'application/octet-stream' }));
      } else {
        if (pendingBytes) await flushPart();
        await this.client.send(new CompleteMultipartUploadCommand({ Bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
      }
    } catch (error) {
      source.destroy();
      if (uploadId) await this.client.send(new AbortMultipartUploadCommand({ Bucket, Key: key, UploadId: uploadId })).catch(() => undefined);
      throw error;
    }
    return { key, sizeBytes: size, sha256: hash.digest('hex') };
  }

  async read(key: string): Promise<Readable> {
    if (!isStorageKey(key)) throw new StoredFileMissingError(key);
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
      return out.Body as Readable;
    } catch (error) {
      const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
      if (e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404) throw new StoredFileMissingError(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    if (!isStorageKey(key)) return;
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }
}
