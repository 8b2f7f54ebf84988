#!/usr/bin/env node
// @ts-nocheck
// The `verso` command; its code is built to dist-cli/ by `npm run build:cli` (the prepare script).
import '../dist-cli/verso.js';
