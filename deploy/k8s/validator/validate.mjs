// Validates every document of the given Kubernetes manifests against the Kubernetes OpenAPI
// schemas bundled in kubernetes-models (one class per apiVersion and kind, ajv under the hood).
// Prints one line per object; exits 1 if any object is invalid or of an unknown kind.
import fs from "node:fs";
import yaml from "js-yaml";

let failures = 0;
for (const file of process.argv.slice(2)) {
  for (const doc of yaml.loadAll(fs.readFileSync(file, "utf8"))) {
    if (doc == null) continue;
    const where = `${file}: ${doc.kind} ${doc.metadata?.name ?? "(no name)"}`;
    try {
      const module = await import(`kubernetes-models/${doc.apiVersion}`); // "apps/v1", "v1", ...
      const Model = module[doc.kind];
      if (!Model) throw new Error(`no schema for ${doc.apiVersion} ${doc.kind}`);
      new Model(doc).validate();
      console.log(`ok      ${where}`);
    } catch (e) {
      failures++;
      console.log(`INVALID ${where}: ${e.message}`);
    }
  }
}
process.exit(failures ? 1 : 0);
