// The example is itself a vitest file: importing it registers its tests here, so it must pass.
import '../../examples/sandbox-in-tests.js';
