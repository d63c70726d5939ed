/* test_fmt.c: being written. */
#include <criterion/criterion.h>
