/* fuzz.h: the entry point shared by the fuzz harness and its drivers
 * (libFuzzer's own main, or driver.c for compilers without libFuzzer). */
#ifndef KPC_FUZZ_H
#define KPC_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* Runs one input through the .kp front end; returns 0.  A broken
 * invariant calls abort(), which both drivers report as a crash. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
