// Initiates replica set rs0 once; a later run finds it initiated and changes nothing.
try {
  rs.status();
  print("replica set rs0 already initiated");
} catch (notYetInitiated) {
  rs.initiate({
    _id: "rs0",
    members: [
      {_id: 0, host: "mongo1:27017", priority: 2},
      {_id: 1, host: "mongo2:27017"},
      {_id: 2, host: "mongo3:27017"}
    ]
  });
}
while (!db.hello().isWritablePrimary) {
  sleep(500);
}
print("replica set rs0 has a primary");
