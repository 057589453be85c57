import { SMELTERS } from '@commonground/shared-reference';
import { SignedIn, TestApp, aCompany, createTestApp } from '@commonground/api-testing';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const CREATE = `mutation($input: AuditInput!) { createAudit(input: $input) { id viewerIsOwner viewerCanDownload } }`;
const AUDIT = `query($id: ID!) { audit(id: $id) { id standard validUntil summary outcome correctiveActions { description status } discoverable viewerCanDownload owner { id } smelter { cid } reports { id fileName sizeBytes downloadUrl } } }`;

async function uploadReport(who: SignedIn, auditId: string, bytes: Buffer, name = 'RMAP report 2026.pdf') {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
  return who.client.fetch(`/api/audits/${auditId}/reports`, { method: 'POST', body: form });
}

describe('audits with access control', () => {
  let owner: SignedIn;
  let other: SignedIn;
  let auditId: string;
  let reportId: string;
  let smelterId: string;
  beforeAll(async () => {
    owner = await aCompany(app);
    other = await aCompany(app);
    const { smelter } = await owner.client.ok(`query($cid: String) { smelter(cid: $cid) { id } }`, { cid: SMELTERS.find((s) => s.metal === 'TIN')!.cid });
    smelterId = smelter.id;
  });

  it('creates an audit, refusing bad input and naming the field', async () => {
    const input = {
      smelterId,
      standard: 'RMAP',
      type: 'INITIAL',
      auditor: 'Assurance Partners',
      startedOn: '2026-03-01T00:00:00Z',
      completedOn: '2026-03-05T00:00:00Z',
      validUntil: '2027-03-05T00:00:00Z',
      outcome: 'Conformant with two minor findings',
      summary: 'Chain-of-custody documentation complete; two minor findings on risk assessment.',
      correctiveActions: [{ description: 'Update the risk assessment for Rwanda sources', dueDate: '2026-06-01T00:00:00Z' }],
      visibility: { level: 'PRIVATE' },
    };
    expect((await owner.client.fails(CREATE, { input: { ...input, validUntil: '2026-01-01T00:00:00Z' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.validUntil' });
    expect((await owner.client.fails(CREATE, { input: { ...input, correctiveActions: [{ description: 'x', status: 'DONE?' }] } })).extensions?.field).toBe('input.correctiveActions.0.status');
    expect((await owner.client.fails(CREATE, { input: { ...input, visibility: { level: 'ORGANIZATIONS' } } })).extensions?.field).toBe('input.visibility.organizationIds');
    const { createAudit } = await owner.client.ok(CREATE, { input });
    expect(createAudit).toMatchObject({ viewerIsOwner: true, viewerCanDownload: true });
    auditId = createAudit.id;
  });

  it('takes PDF reports from the owner only', async () => {
    const notPdf = await uploadReport(owner, auditId, Buffer.from('<html>not a pdf</html>'), 'report.pdf');
    expect(notPdf.status).toBe(400);
    expect(await notPdf.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
    expect((await uploadReport(other, auditId, PDF)).status).toBe(404);
    const ok = await uploadReport(owner, auditId, PDF);
    expect(ok.status).toBe(201);
    const body = (await ok.json()) as { id: string; fileName: string; sizeBytes: number };
    expect(body).toEqual({ id: expect.any(String), fileName: 'RMAP report 2026.pdf', sizeBytes: PDF.length });
    reportId = body.id;
  });

  it('shows others the summary of a discoverable audit, and the report to no one without access', async () => {
    const seen = (await other.client.ok(AUDIT, { id: auditId })).audit;
    expect(seen).toMatchObject({ standard: 'RMAP', discoverable: true, viewerCanDownload: false, summary: null, outcome: null, correctiveActions: [], reports: [], owner: { id: owner.organizationId } });
    expect((await app.client().ok(AUDIT, { id: auditId })).audit).toBeNull();
    for (const client of [other.client, app.client()]) {
      const res = await client.fetch(`/api/reports/${reportId}`);
      expect(res.status).toBe(404);
    }
    for (const path of [`/api/reports/..%2F..%2Fetc%2Fpasswd`, `/api/reports/reports%2F${reportId}`, `/api/reports/not-a-uuid`]) expect((await owner.client.fetch(path)).status).toBe(404);
    const mine = (await owner.client.ok(AUDIT, { id: auditId })).audit;
    expect(mine.reports).toEqual([{ id: reportId, fileName: 'RMAP report 2026.pdf', sizeBytes: PDF.length, downloadUrl: `${app.config.publicUrl}/api/reports/${reportId}` }]);
    const download = await owner.client.fetch(`/api/reports/${reportId}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('grants access on request, until it expires, and logs every view and download', async () => {
    const REQUEST = `mutation($id: ID!, $purpose: String!) { requestAuditAccess(auditId: $id, purpose: $purpose) { id status } }`;
    expect((await other.client.fails(REQUEST, { id: auditId, purpose: 'pls' })).extensions?.field).toBe('purpose');
    expect((await owner.client.fails(REQUEST, { id: auditId, purpose: 'We want to read our own audit' })).extensions?.field).toBe('auditId');
    const { requestAuditAccess } = await other.client.ok(REQUEST, { id: auditId, purpose: 'Our supplier reports this smelter; we need evidence for our RMI report.' });
    expect(requestAuditAccess.status).toBe('PENDING');
    const incoming = (await owner.client.ok(`query { accessRequests(incoming: true) { id purpose status requester { id } audit { id } } }`)).accessRequests;
    expect(incoming).toEqual([expect.objectContaining({ id: requestAuditAccess.id, status: 'PENDING', requester: { id: other.organizationId } })]);
    const { notifications } = await owner.client.ok(`query { notifications { items { kind } } }`);
    expect(notifications.items.map((n: { kind: string }) => n.kind)).toContain('AUDIT_ACCESS_REQUESTED');

    const DECIDE = `mutation($id: ID!, $approve: Boolean!, $expiresAt: DateTime) { decideAccessRequest(id: $id, approve: $approve, expiresAt: $expiresAt) { status expiresAt } }`;
    expect((await other.client.fails(DECIDE, { id: requestAuditAccess.id, approve: true })).extensions?.code).toBe('NOT_FOUND');
    expect((await owner.client.fails(DECIDE, { id: requestAuditAccess.id, approve: true, expiresAt: '2020-01-01T00:00:00Z' })).extensions?.field).toBe('expiresAt');
    const expiresAt = new Date(Date.now() + 30 * 864e5).toISOString();
    expect((await owner.client.ok(DECIDE, { id: requestAuditAccess.id, approve: true, expiresAt })).decideAccessRequest.status).toBe('APPROVED');
    expect((await other.client.ok(`query { notifications { items { kind } } }`)).notifications.items.map((n: { kind: string }) => n.kind)).toContain('AUDIT_ACCESS_APPROVED');

    const full = (await other.client.ok(AUDIT, { id: auditId })).audit;
    expect(full).toMatchObject({ viewerCanDownload: true, summary: expect.stringContaining('Chain-of-custody'), reports: [{ id: reportId }] });
    const download = await other.client.fetch(`/api/reports/${reportId}`);
    expect(download.status).toBe(200);
    await download.arrayBuffer();

    const log = (await owner.client.ok(`query($id: ID!) { accessLog(auditId: $id) { action reportId organization { id } user { id } } }`, { id: auditId })).accessLog;
    expect(log).toEqual([
      { action: 'DOWNLOAD', reportId, organization: { id: other.organizationId }, user: { id: other.userId } },
      { action: 'VIEW', reportId: null, organization: { id: other.organizationId }, user: { id: other.userId } },
      // the owner's own download is logged too
      { action: 'DOWNLOAD', reportId, organization: { id: owner.organizationId }, user: { id: owner.userId } },
    ]);
    expect((await other.client.fails(`query($id: ID!) { accessLog(auditId: $id) { action } }`, { id: auditId })).extensions?.code).toBe('NOT_FOUND');
    await expect(app.dataSource.query('DELETE FROM audit_access_log')).rejects.toThrow(/append-only/);

    // the grant expires: the same session gets nothing
    await app.dataSource.query(`UPDATE audit_access_requests SET expires_at = now() - interval '1 minute' WHERE id = $1`, [requestAuditAccess.id]);
    expect((await other.client.fetch(`/api/reports/${reportId}`)).status).toBe(404);
    expect((await other.client.ok(AUDIT, { id: auditId })).audit.reports).toEqual([]);
    expect((await other.client.ok(`query { accessRequests(incoming: false) { status } }`)).accessRequests).toEqual([{ status: 'EXPIRED' }]);
  });

  it('stops a revoked session', async () => {
    expect((await owner.client.fetch(`/api/reports/${reportId}`)).status).toBe(200);
    await owner.client.ok(`mutation { signOut }`);
    expect((await owner.client.fetch(`/api/reports/${reportId}`)).status).toBe(404);
  });

  it('lets the owner alone update an audit, and a denied request grants nothing', async () => {
    const UPDATE = `mutation($id: ID!, $input: AuditInput!) { updateAudit(id: $id, input: $input) { id type outcome discoverable } }`;
    const input = { smelterId, standard: 'RMAP', type: 'REAUDIT', validUntil: '2028-03-05T00:00:00Z', outcome: 'Conformant', visibility: { level: 'PRIVATE' }, discoverable: true };
    const owner2 = await aCompany(app);
    const { createAudit } = await owner2.client.ok(CREATE, { input: { ...input, type: 'INITIAL' } });
    const outsider = await aCompany(app);
    expect((await outsider.client.fails(UPDATE, { id: createAudit.id, input })).extensions?.code).toBe('FORBIDDEN');
    expect((await owner2.client.fails(UPDATE, { id: createAudit.id, input: { ...input, completedOn: '2028-04-01T00:00:00Z' } })).extensions?.field).toBe('input.validUntil');
    expect((await owner2.client.ok(UPDATE, { id: createAudit.id, input })).updateAudit).toMatchObject({ type: 'REAUDIT', outcome: 'Conformant' });

    const { requestAuditAccess } = await outsider.client.ok(`mutation($id: ID!) { requestAuditAccess(auditId: $id, purpose: "Due diligence on a supplier smelter") { id } }`, { id: createAudit.id });
    const DECIDE = `mutation($id: ID!, $approve: Boolean!) { decideAccessRequest(id: $id, approve: $approve) { status expiresAt } }`;
    expect((await owner2.client.ok(DECIDE, { id: requestAuditAccess.id, approve: false })).decideAccessRequest).toEqual({ status: 'DENIED', expiresAt: null });
    expect((await owner2.client.fails(DECIDE, { id: requestAuditAccess.id, approve: true })).extensions?.code).toBe('CONFLICT');
    expect((await outsider.client.ok(AUDIT, { id: createAudit.id })).audit).toMatchObject({ viewerCanDownload: false, outcome: null });
    expect((await outsider.client.ok(`query { notifications { items { kind } } }`)).notifications.items.map((n: { kind: string }) => n.kind)).toContain('AUDIT_ACCESS_DENIED');
    // a private audit that is not discoverable does not exist for outsiders
    await owner2.client.ok(UPDATE, { id: createAudit.id, input: { ...input, discoverable: false } });
    expect((await outsider.client.ok(AUDIT, { id: createAudit.id })).audit).toBeNull();
  });

  it('lists audits of a smelter with the summary for outsiders', async () => {
    const third = await aCompany(app);
    const { smelter } = await third.client.ok(`query($id: ID!) { smelter(id: $id) { audits { totalCount edges { node { id viewerCanDownload summary } } } } }`, { id: smelterId });
    expect(smelter.audits).toEqual({ totalCount: 1, edges: [{ node: { id: auditId, viewerCanDownload: false, summary: null } }] });
    const { audits } = await third.client.ok(`query($id: ID) { audits(smelterId: $id) { totalCount } }`, { id: smelterId });
    expect(audits.totalCount).toBe(1);
    expect((await app.client().ok(`query($id: ID) { audits(smelterId: $id) { totalCount } }`, { id: smelterId })).audits.totalCount).toBe(0);
  });
});
