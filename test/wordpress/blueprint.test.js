// The Live Preview blueprint (wordpress/assets/blueprints/blueprint.json), as
// WordPress Playground reads it: Playground's own validator
// (@wp-playground/blueprints, the library its CLI and wordpress.org's Live
// Preview run) accepts it and compiles it, offline. Its steps themselves run
// in the suite (suite.js), on every version, through native.js, and its test
// there checks the landing page shows every widget. Booting Playground for it
// cost more CPU than the rest of the WordPress suite and timed out beside the
// browser tests on 2 cores.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileBlueprintV1, validateBlueprint } from '@wp-playground/blueprints';
import { BLUEPRINT } from './site.js';

test("Playground's validator accepts the Live Preview blueprint, and refuses a broken copy", () => {
  assert.deepEqual(validateBlueprint(BLUEPRINT), { valid: true });
  const broken = structuredClone(BLUEPRINT);
  broken.steps[0].pluginData = { resource: 'wordpress.org/plugins' }; // no slug
  assert.equal(validateBlueprint(broken).valid, false, 'the validator can fail');
});

test('Playground compiles it for PHP 8.2 and the newest WordPress; its steps install our plugin from wordpress.org, then the landing post', async () => {
  // The compiled blueprint exposes only its versions (and a run function), so
  // the steps are read from the blueprint itself.
  const compiled = await compileBlueprintV1(BLUEPRINT);
  assert.equal(compiled.versions.php, '8.2');
  assert.equal(compiled.versions.wp, 'latest');
  assert.deepEqual(
    BLUEPRINT.steps.map((s) => s.step),
    ['installPlugin', 'runPHP'],
  );
  assert.equal(BLUEPRINT.steps[0].pluginData.slug, 'mmn-widgets');
  assert.equal(BLUEPRINT.steps[0].options?.activate, true);
  assert.match(BLUEPRINT.steps[1].code, /mmn-widgets-preview/);
  assert.equal(BLUEPRINT.landingPage, '/?name=mmn-widgets-preview');
});
