import { loadConfig } from '../config';
import { reachableOrigin, startLocalCarrier } from './local-carrier';

/** `npm run carrier-simulator`: the carrier at CARRIER_URL, reporting to this machine's API. */
async function main() {
  const config = loadConfig();
  const api = reachableOrigin(config.host, config.port);
  const simulator = await startLocalCarrier(config, api);
  console.log(`Carrier simulator at ${simulator.url}, reporting to ${api}/delivery/webhook`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
