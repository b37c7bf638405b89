/** Entry of the bundled action (dist/index.js): the runner starts it with `node`. */
import { run } from './run.js';

await run();
