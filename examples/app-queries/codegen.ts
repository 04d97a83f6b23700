// `npm run codegen` writes src/generated/ugc.ts from src/queries/*.graphql against the schema that
// ships with the installed move-ugc: after `npm install move-ugc@<new>`, the same command again.
import { moveUgcCodegen } from 'move-ugc/codegen';

export default moveUgcCodegen({ documents: 'src/queries/*.graphql', output: 'src/generated/ugc.ts' });
