import subprocess

def run_shell(line):
    return subprocess.check_output(line, shell=True, text=True)
