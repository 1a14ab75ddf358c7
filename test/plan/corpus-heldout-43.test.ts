// The forty-third held-out set (test/plan-heldout-43, README "Measuring on a corpus"), held to its floors
// in a file of its own so that it runs beside the main corpus.
import { heldOutSuite } from "../plan-corpus/ratchet.ts";
import { HELD_OUT_43 } from "../plan-corpus/shares.ts";

heldOutSuite("The forty-third held-out set", HELD_OUT_43, 8);
