// swagger2openapi ships no types; this is the one call the contract check makes of it.
declare module 'swagger2openapi' {
  const converter: {
    convertObj(swagger: object, options: { patch?: boolean; warnOnly?: boolean }): Promise<{ openapi: Record<string, unknown> }>;
  };
  export default converter;
}
