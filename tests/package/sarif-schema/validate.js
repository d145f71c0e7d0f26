// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// Checks SARIF files against the SARIF 2.1.0 JSON schema (draft 2020-12) that ships in
// @microsoft/sarif-multitool-ts. Usage: node validate.js FILE...
// Exit 0 when every file is valid; 1 with the schema's errors on standard error when
// one is not; 2 when the check itself could not run.
'use strict';

const fs = require('fs');
const path = require('path');

let Ajv2020;
let addFormats;
try {
    Ajv2020 = require('ajv/dist/2020').default;
    addFormats = require('ajv-formats').default;
} catch (error) {
    process.stderr.write(`validate.js: the checker's packages are missing (run npm ci in ${__dirname}): ${error.message}\n`);
    process.exit(2);
}

const schemaFile = path.join(__dirname, 'node_modules', '@microsoft', 'sarif-multitool-ts', 'assets',
    'sarif-2.1.0.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

if (process.argv.length < 3) {
    process.stderr.write('usage: node validate.js FILE...\n');
    process.exit(2);
}
let failed = false;
for (const file of process.argv.slice(2)) {
    const log = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (validate(log)) {
        process.stdout.write(`${file}: valid SARIF 2.1.0\n`);
    } else {
        failed = true;
        for (const error of validate.errors)
            process.stderr.write(`${file}: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}\n`);
    }
}
process.exit(failed ? 1 : 0);
