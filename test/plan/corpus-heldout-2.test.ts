// The second held-out set (test/plan-heldout-2, README "A held-out set"), held to its floors in a
// file of its own so that it runs beside the main corpus.
import { heldOutSuite } from "../plan-corpus/ratchet.ts";
import { heldOut } from "../plan-corpus/shares.ts";

heldOutSuite("The second held-out set", heldOut(2), 12);
