// The test run's own temporary folder: TMPDIR points into it for every test (and every process a test
// starts), and it is removed when the run ends, so the temporary folders tests make never pile up in /tmp.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'tov-tests-'))
  // Open to other users as /tmp is (mkdtemp makes it 0700): the daemon's tests run tov as another user.
  chmodSync(folder, 0o755)
  process.env['TMPDIR'] = folder
  return () => rmSync(folder, { recursive: true, force: true })
}
