import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { loadConfig } from '../../config';
import { readCatalogueDirectory } from '../../service-items/catalogue-files';

const { agencies } = readCatalogueDirectory();
import { signInRoutes } from '../../sign-in/sign-in-routes';

/** The demo sign-in's routes on their own, listening on every interface as a careless set-up would. */
async function serve(env: NodeJS.ProcessEnv): Promise<{ server: Server; port: number }> {
  const app = express().use(
    signInRoutes({ auth: loadConfig(env).auth, secret: 's'.repeat(32), agencies: async () => agencies }),
  );
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '0.0.0.0', () => resolve(listening));
  });
  return { server, port: (server.address() as AddressInfo).port };
}

/** This machine's address on its network, not the loopback one. */
function networkAddress(): string {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((candidate) => candidate && candidate.family === 'IPv4' && !candidate.internal);
  if (!address) throw new Error('This test needs a network interface besides the loopback one');
  return address.address;
}

it('refuses a request from another machine in development', async () => {
  const { server, port } = await serve({ NODE_ENV: 'development', DEMO_SIGN_IN: 'true' });
  try {
    const address = networkAddress();
    const response = await fetch(`http://${address}:${port}/auth/dev/people`);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0].message).toBe(
      `Demo sign-in is for this machine only: the request comes from ${address}`,
    );
    // The same request from this machine is answered, so the refusal above is about the address.
    expect((await fetch(`http://localhost:${port}/auth/dev/people`)).status).toBe(200);
  } finally {
    server.close();
  }
});

it.each([
  ['in development unless asked for', { NODE_ENV: 'development' }],
  ['in production', { NODE_ENV: 'production' }],
  ['in tests', { NODE_ENV: 'test' }],
  ['when the service listens beyond this machine', { NODE_ENV: 'development', HOST: '0.0.0.0' }],
  ['with an identity provider’s keys', { NODE_ENV: 'development', AUTH_JWKS_URL: 'https://idp.example/jwks' }],
])('has no demo routes %s', async (_when, env) => {
  const { server, port } = await serve(env);
  try {
    expect((await fetch(`http://localhost:${port}/auth/dev/people`)).status).toBe(404);
    expect(
      ((await (await fetch(`http://localhost:${port}/auth/settings`)).json()) as { demoSignIn: boolean }).demoSignIn,
    ).toBe(false);
  } finally {
    server.close();
  }
});
