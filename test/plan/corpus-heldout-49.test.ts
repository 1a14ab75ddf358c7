// The forty-ninth held-out set (test/plan-heldout-49, README "Measuring on a corpus"), held to its floors
// in a file of its own so that it runs beside the main corpus.
import { heldOutSuite } from "../plan-corpus/ratchet.ts";
import { HELD_OUT_49 } from "../plan-corpus/shares.ts";

heldOutSuite("The forty-ninth held-out set", HELD_OUT_49, 12);
