// The forty-second held-out set (test/plan-heldout-42, README "Measuring on a corpus"), held to its floors
// in a file of its own so that it runs beside the main corpus.
import { heldOutSuite } from "../plan-corpus/ratchet.ts";
import { heldOut } from "../plan-corpus/shares.ts";

heldOutSuite("The forty-second held-out set", heldOut(42), 8);
