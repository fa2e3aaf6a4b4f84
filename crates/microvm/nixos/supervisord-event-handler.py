# supervisord event listener: tells systemd the service is ready once every
# program (the virtiofsd instances plus this listener) reports RUNNING.
import subprocess
import sys

EXPECTED = @virtiofsdCount@


def send(text):
    # stdout carries the eventlistener protocol only
    sys.stdout.write(text)
    sys.stdout.flush()


def log(text):
    sys.stderr.write(text)
    sys.stderr.flush()


def main():
    running = 0
    while True:
        send("READY\n")
        header_line = sys.stdin.readline()
        headers = dict(field.split(":") for field in header_line.split())
        sys.stdin.read(int(headers["len"]))  # skip the payload

        event = headers["eventname"]
        if event == "PROCESS_STATE_RUNNING":
            running += 1
            log("Process state running...\n")
        elif event == "PROCESS_STATE_STOPPING":
            running -= 1
            log("Process state stopping...\n")

        if running >= EXPECTED:
            subprocess.run(["systemd-notify", "--ready"])

        send("RESULT 2\nOK")


if __name__ == "__main__":
    main()
