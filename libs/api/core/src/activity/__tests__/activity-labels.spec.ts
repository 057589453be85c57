// The activity log shows each action by its label in the reader's language:
// an action without a label in one of the web's catalogs would show as a code.
import fs from 'node:fs';
import path from 'node:path';
import { ACTIVITY_ACTIONS } from '../activity-log.service';

const catalogDir = path.resolve(__dirname, '../../../../../../apps/web/src/i18n');

describe.each(['en', 'fr', 'es'])('the %s catalog', (language) => {
  const catalog = JSON.parse(fs.readFileSync(path.join(catalogDir, `${language}.json`), 'utf8')) as { activity: { actions: Record<string, string> } };

  it.each([...ACTIVITY_ACTIONS])('labels %s', (action) => {
    expect(catalog.activity.actions[action]).toEqual(expect.stringMatching(/\S/));
  });
});
