#!/usr/bin/env node
// `npm start`: the bot (src/main.ts), compiled when dist/ is up to date, else through tsx.
import { loadEntry } from "./entry.js";

await loadEntry("main");
