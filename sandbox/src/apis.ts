import type { SandboxApiFactory } from './api.js';
import { barsSandbox } from './routers/bars/index.js';
import { gpcAccessRecordSandbox, gpcAppointmentsSandbox } from './routers/gp-connect/index.js';
import { contentSandbox } from './routers/content/index.js';
import { epsDispensingSandbox, epsLegacySandbox, epsPrescribingSandbox, trackerSandbox } from './routers/eps/index.js';
import { ersSandbox } from './routers/ers/index.js';
import { odsSandbox } from './routers/ods/index.js';
import { pdsSandbox } from './routers/pds/index.js';
import { sdsSandbox } from './routers/sds/index.js';
import { wlmdsSandbox } from './routers/wlmds/index.js';

/** Every NHS API the embedded sandbox mounts. Add a router here when a source is added to src/upstream/apis.ts. */
export const SANDBOX_APIS: readonly SandboxApiFactory[] = [
  pdsSandbox,
  odsSandbox,
  sdsSandbox,
  contentSandbox,
  wlmdsSandbox,
  gpcAccessRecordSandbox,
  gpcAppointmentsSandbox,
  epsPrescribingSandbox,
  epsDispensingSandbox,
  epsLegacySandbox,
  trackerSandbox,
  ersSandbox,
  barsSandbox,
];
