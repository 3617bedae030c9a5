# The tests' git helper where Python 3 is at hand (git-spawner.ts): reads requests from stdin,
# one JSON object a line ({id, cwd, args, env, input}), runs each git in a thread of its own
# (so a git never waits for another) and writes back a line `ID CODE OUT-LENGTH ERR-LENGTH`
# and git's stdout and stderr bytes. CODE is git's exit code, `signal` when a signal ended it,
# or an errno name (ENOENT: no git on the request's PATH, or no such folder), as Node's
# execFile reports them. Python starts a process with vfork, which copies nothing of the
# helper; Node forks, and copies its page tables: measured, that was most of the CPU time a
# git cost the tests.
import errno
import json
import subprocess
import sys
import threading

replies = sys.stdout.buffer
lock = threading.Lock()


def run(request):
    try:
        done = subprocess.run(
            ['git', *request['args']],
            cwd=request['cwd'],
            env=request['env'],
            input=request['input'].encode('utf-8') if request.get('input') is not None else None,
            stdin=subprocess.DEVNULL if request.get('input') is None else None,
            capture_output=True,
        )
        code = str(done.returncode) if done.returncode >= 0 else 'signal'
        out, err = done.stdout, done.stderr
    except OSError as error:
        code, out, err = errno.errorcode.get(error.errno, 'EIO'), b'', b''
    with lock:
        replies.write(f"{request['id']} {code} {len(out)} {len(err)}\n".encode('ascii') + out + err)
        replies.flush()


for line in sys.stdin.buffer:
    threading.Thread(target=run, args=(json.loads(line),)).start()
