/* yaml_scan.c: the parsing baseline of bench/run.sh.
 *
 *   yaml-scan FILE.yaml
 *
 * Parses a YAML stream with libyaml's event parser (the work any consumer of
 * kpc's output, such as kubectl, does first, before building anything) and
 * prints the number of documents.  Exits 1 on a read or parse error. */
#include <stdio.h>
#include <yaml.h>

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: yaml-scan FILE.yaml\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 1;
	}
	yaml_parser_t p;
	if (!yaml_parser_initialize(&p)) {
		fclose(f);
		return 1;
	}
	yaml_parser_set_input_file(&p, f);
	unsigned long docs = 0;
	int rc = 0;
	for (;;) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&p, &ev)) {
			fprintf(stderr, "%s:%lu: %s\n", argv[1], (unsigned long)p.problem_mark.line + 1,
				p.problem ? p.problem : "parse error");
			rc = 1;
			break;
		}
		yaml_event_type_t t = ev.type;
		yaml_event_delete(&ev);
		if (t == YAML_DOCUMENT_START_EVENT)
			docs++;
		if (t == YAML_STREAM_END_EVENT)
			break;
	}
	yaml_parser_delete(&p);
	fclose(f);
	if (!rc)
		printf("%lu\n", docs);
	return rc;
}
