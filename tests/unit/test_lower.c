/* test_lower.c: being written. */
#include <criterion/criterion.h>
