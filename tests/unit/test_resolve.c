/* test_resolve.c: being written. */
#include <criterion/criterion.h>
