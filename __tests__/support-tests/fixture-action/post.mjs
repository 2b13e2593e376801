import { appendFileSync } from 'node:fs';

const env = process.env;
const state = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('STATE_')));
console.log(`post state ${JSON.stringify(state)}`);
console.log(`post sees FIXTURE_SIMPLE=${env.FIXTURE_SIMPLE} from-step=${env.FROM_STEP ?? ''}`);
console.log(`post input greeting=${env.INPUT_GREETING}`);
appendFileSync(/** @type {string} */ (env.GITHUB_STEP_SUMMARY), '### Fixture post\n'); // set by the runner
