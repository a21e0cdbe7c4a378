"""Starting the app and talking to it, for the tests and the benches alike (neither imports the other):
`harness.serving` starts Streamlit processes, deploy/run_replicas.sh and nginx on loopback ports and waits
for them; `harness.protocol_client` is one browser tab without a browser, in Streamlit's own protocol.
Never imported by the app."""
