import { containInternalErrors, runPost } from './run/post.js';

containInternalErrors();
await runPost();
// Exit now rather than wait on sockets a cache client may leave open; the exit code is already set.
process.exit();
