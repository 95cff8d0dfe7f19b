import { loadConfig } from '../config';
import { startCarrierSimulator } from './carrier-simulator';

/** `npm run carrier-simulator`: the carrier at CARRIER_URL, reporting to this machine's API. */
async function main() {
  const config = loadConfig();
  const secret = config.delivery.webhookSecret;
  if (!secret) throw new Error('Set CARRIER_WEBHOOK_SECRET: the simulator signs its reports with the service’s secret');
  const { port, hostname } = new URL(config.delivery.carrierUrl);
  const simulator = await startCarrierSimulator({
    port: Number(port),
    host: hostname,
    secret,
    webhookUrl: `http://${config.host}:${config.port}/delivery/webhook`,
    advanceEveryMs: 5_000,
  });
  console.log(`Carrier simulator at ${simulator.url}, reporting to ${config.host}:${config.port}/delivery/webhook`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
