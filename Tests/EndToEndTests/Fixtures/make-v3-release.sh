#!/bin/sh
# How v3-release.sql was made: the release before migration v4 (commit b5d6064, schema v3) wrote a
# database with duties, assignments, progress (lead and coordinator), a completion, a cancellation,
# a leave, a changed official, a refused call and a schedule run; its `sqlite3 .dump` is the fixture.
#   git worktree add /tmp/v3 b5d6064 && (cd /tmp/v3 && swift build --product cchc)
#   mkdir /tmp/fixture && cd /tmp/fixture && sh make-v3-release.sh /tmp/v3/.build/debug/cchc
set -e
B=$1
export CCHC_DB=$PWD/v3.sqlite
rm -f v3.sqlite v3.sqlite-wal v3.sqlite-shm
$B init >/dev/null
$B --json --as chu-tich --today 2026-11-20 <<'EOF'
{"jsonrpc":"2.0","id":1,"method":"duties.create","params":{"title":"Hội nghị đối thoại với người dân về TTHC","area":"tthc","due":"2026-12-15","effort":6,"lead":"tu-phap-1","coordinators":["ttpvhcc-1"],"note":"Chuẩn bị hội trường"}}
{"jsonrpc":"2.0","id":2,"method":"duties.create","params":{"title":"Rà soát TTHC quý IV","area":"tthc","due":"2026-12-20","effort":4}}
{"jsonrpc":"2.0","id":3,"method":"duties.create","params":{"title":"Việc sẽ hủy","area":"the-che","due":"2026-12-30","effort":2,"note":"Ghi chú gốc"}}
{"jsonrpc":"2.0","id":4,"method":"duties.assign","params":{"id":"DX-2026-002","lead":"van-phong-1","coordinators":["noi-vu-1"],"pin":false}}
{"jsonrpc":"2.0","id":5,"method":"duties.cancel","params":{"id":"DX-2026-003","reason":"Trùng với nhiệm vụ 2.1a"}}
{"jsonrpc":"2.0","id":6,"method":"officials.leave","params":{"official":"van-hoa-1","from":"2026-12-01","to":"2026-12-05","reason":"Nghỉ phép"}}
{"jsonrpc":"2.0","id":7,"method":"officials.update","params":{"id":"quan-su-1","capacity":12}}
EOF
$B --json --as tu-phap-1 --today 2026-11-25 <<'EOF'
{"jsonrpc":"2.0","id":1,"method":"duties.progress","params":{"id":"DX-2026-001","percent":50,"note":"Đã gửi giấy mời"}}
{"jsonrpc":"2.0","id":2,"method":"duties.cancel","params":{"id":"DX-2026-002","reason":"thử"}}
EOF
$B --json --as ttpvhcc-1 --today 2026-11-26 <<'EOF'
{"jsonrpc":"2.0","id":1,"method":"duties.progress","params":{"id":"DX-2026-001","percent":80,"note":"Phần một cửa xong"}}
EOF
$B --json --as tu-phap-1 --today 2026-11-28 <<'EOF'
{"jsonrpc":"2.0","id":1,"method":"duties.complete","params":{"id":"DX-2026-001","result":"Đã tổ chức hội nghị","evidence":"Biên bản số 12/BB-UBND"}}
EOF
$B --json --as van-phong-1 --today 2026-11-29 <<'EOF'
{"jsonrpc":"2.0","id":1,"method":"duties.progress","params":{"id":"DX-2026-002","percent":30,"note":"Đang rà soát"}}
EOF
$B schedule run --from 2026-12-01 --to 2026-12-31 --as chu-tich --today 2026-11-29
sqlite3 v3.sqlite .dump > v3-release.sql
