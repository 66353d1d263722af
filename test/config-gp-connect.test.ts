import { describe, expect, it } from 'vitest';
import { ConfigError, EMBEDDED_GP_CONNECT_CONSUMER, loadConfig } from '../src/config/index.js';

/** The problems loadConfig reports for an environment (an empty list when it loads). */
function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
}

const FULL = {
  GPC_CONSUMER_ASID: '123456789012',
  GPC_PROVIDER_ASID: '210987654321',
  GPC_CONSUMER_URL: 'https://consumer.example.nhs.uk/',
  GPC_CONSUMER_ODS_CODE: 'x26',
  GPC_CONSUMER_ORG_NAME: 'NHS ENGLAND X26',
  GPC_CONSUMER_PHONE: '0300 311 22 33',
  GPC_SSP_URL: 'https://proxy.intspineservices.nhs.uk/',
};

describe('GP Connect consumer configuration', () => {
  it('is the demonstrator consumer in embedded mode', () => {
    expect(loadConfig({}).gpConnect).toEqual(EMBEDDED_GP_CONNECT_CONSUMER);
  });

  it('reads every GPC_ variable (ODS code upper-cased, trailing slash dropped), and int takes them without complaint', () => {
    const gpc = loadConfig({ NHS_ENV: 'sandbox', ...FULL }).gpConnect!;
    expect(gpc).toMatchObject({
      asid: '123456789012',
      providerAsid: '210987654321',
      endpointUrl: 'https://consumer.example.nhs.uk',
      sspUrl: 'https://proxy.intspineservices.nhs.uk',
      organisation: { odsCode: 'X26', type: 'gp-practice' },
    });
    expect(gpc).not.toHaveProperty('practitioner');
    const live = problems({ NHS_ENV: 'int', ...FULL });
    expect(live.filter((p) => p.includes('GPC_') || p.includes('GP Connect'))).toEqual([]);
  });

  it('needs the Spine Secure Proxy (GPC_SSP_URL) in int and prod when workers are addressed through SDS', () => {
    const { GPC_SSP_URL: _, ...withoutSsp } = FULL;
    expect(problems({ NHS_ENV: 'int', ...withoutSsp })).toContain(
      'GP Connect addressed through SDS needs GPC_SSP_URL (the Spine Secure Proxy) in int and prod',
    );
    expect(problems({ NHS_ENV: 'int', ...withoutSsp, GPC_PROVIDER_ADDRESSING: 'platform' }).filter((p) => p.includes('GPC_SSP_URL'))).toEqual([]);
    expect(problems({ ...FULL, GPC_SSP_URL: 'proxy' })).toContain('GPC_SSP_URL must be the Spine Secure Proxy\'s URL (got "proxy")');
  });

  it('leaves GP Connect off in int and prod when no GPC_ variable is set', () => {
    expect(problems({ NHS_ENV: 'prod' }).filter((p) => p.includes('GP Connect'))).toEqual([]);
  });

  it('refuses some but not all of the required variables in int, and a malformed ASID or ODS code anywhere', () => {
    expect(problems({ NHS_ENV: 'int', GPC_CONSUMER_ASID: '123456789012' }).find((p) => p.startsWith('GP Connect needs'))).toContain('GPC_PROVIDER_ASID');
    const bad = problems({ GPC_CONSUMER_ASID: '12345', GPC_CONSUMER_ODS_CODE: 'not an ods code!' });
    expect(bad.some((p) => p.startsWith('GPC_CONSUMER_ASID must be a 12-digit Spine ASID'))).toBe(true);
    expect(bad.some((p) => p.startsWith('GPC_CONSUMER_ODS_CODE must be an ODS code'))).toBe(true);
  });

  it('refuses a configured practitioner in every environment: GP Connect names the signed-in user, never a fixed one', () => {
    for (const env of ['embedded', 'int']) {
      const found = problems({ NHS_ENV: env, ...FULL, GPC_PRACTITIONER_ID: 'u-42', GPC_PRACTITIONER_FAMILY: 'Clinician' });
      expect(found.find((p) => p.includes('GPC_PRACTITIONER_ID, GPC_PRACTITIONER_FAMILY are no longer read'))).toBeDefined();
    }
  });

  it('addresses providers through SDS by default, through the platform with GPC_PROVIDER_ADDRESSING=platform, and refuses anything else', () => {
    expect(loadConfig({ ...FULL }).gpConnect!.addressing).toBe('sds');
    expect(loadConfig({ NHS_ENV: 'sandbox', ...FULL, GPC_PROVIDER_ADDRESSING: 'sds' }).gpConnect!.addressing).toBe('sds');
    expect(loadConfig({ ...FULL, GPC_PROVIDER_ADDRESSING: 'platform' }).gpConnect!.addressing).toBe('platform');
    expect(problems({ GPC_PROVIDER_ADDRESSING: 'ssp' })).toContain('GPC_PROVIDER_ADDRESSING must be sds or platform (got "ssp")');
  });

  it("addresses through the platform by default in NHS_ENV=sandbox: NHS's sandbox has one mock provider and no SDS entry for it", () => {
    expect(loadConfig({ NHS_ENV: 'sandbox' }).gpConnect!.addressing).toBe('platform');
    expect(loadConfig({ NHS_ENV: 'sandbox', ...FULL }).gpConnect!.addressing).toBe('platform');
    expect(loadConfig({ NHS_ENV: 'embedded' }).gpConnect!.addressing).toBe('sds');
  });
});
