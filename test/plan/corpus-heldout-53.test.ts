// The fifty-third held-out set (test/plan-heldout-53, README "Measuring on a corpus"), held to its floors
// in a file of its own so that it runs beside the main corpus.
import { heldOutSuite } from "../plan-corpus/ratchet.ts";
import { heldOut } from "../plan-corpus/shares.ts";

heldOutSuite("The fifty-third held-out set", heldOut(53), 12);
