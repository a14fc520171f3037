/** Where the local database and its connection file live: STANCEGRAPH_HOME (default ./.stancegraph). */
import { resolve } from 'node:path';

export interface HomePaths {
  home: string;
  neo4jHome: string;
  connectionFile: string;
  passwordFile: string;
  logFile: string;
}

export function homePaths(env: NodeJS.ProcessEnv = process.env): HomePaths {
  const home = resolve(env.STANCEGRAPH_HOME || '.stancegraph');
  return {
    home,
    neo4jHome: resolve(home, 'neo4j'),
    connectionFile: resolve(home, 'connection.json'),
    passwordFile: resolve(home, 'password'),
    logFile: resolve(home, 'neo4j.log'),
  };
}
