import { hostname } from 'node:os';

/**
 * Which replica wrote an audit record: INSTANCE_ID when set (a pod name, say), else `<hostname>:<pid>`. Each record
 * carries it, so a trail gathered from several replicas says which one served each access.
 */
export function defaultInstanceId(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.INSTANCE_ID?.trim();
  return given ? given : `${hostname()}:${process.pid}`;
}
