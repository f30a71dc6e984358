// The throwaway redis-server of scripts/redis-server.cjs, typed for the tests.
import path from 'node:path';
import { ROOT } from './helpers';

export interface RedisServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startRedis } = require(path.join(ROOT, 'scripts', 'redis-server.cjs')) as { startRedis(dir: string): Promise<RedisServer> };

export { startRedis };
