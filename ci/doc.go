// Package ci holds examples of pre-merge checks with poolcheck: a GitHub
// Actions workflow, GitLab CI jobs and a pre-commit configuration. Its test
// checks that they run the commands docs/hosts.md documents.
package ci
