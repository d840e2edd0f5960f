import 'reflect-metadata';
import { prepareService, startupBanner } from './bootstrap';
import { loadConfig } from './platform/config/app-config';

async function main(): Promise<void> {
  const config = loadConfig();
  const service = await prepareService(config);
  await service.app.listen(config.port);
  process.stdout.write(startupBanner(config, service));
  // Stopping closes the app (and so the pool) once, then the embedded database, so PGlite can flush.
  const shutdown = async () => {
    await service.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The service could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
