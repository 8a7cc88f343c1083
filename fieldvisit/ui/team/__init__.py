"""The Team page: set up people, reporting lines, territories and the policy on the server."""
