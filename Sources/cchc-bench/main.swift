import Foundation

// cchc-bench: builds the shared province database and measures cchc against its targets.
guard let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) else { exit(64) }
switch options.command {
case "province": exit(ProvinceCommand.run(options))
case "shell": exit(ShellBench.run(options))
case "schedule": exit(ScheduleBench.run(options))
default: exit(JSONRPCBench.run(options))
}
