import { Module } from '@nestjs/common';
import { ClassesController } from './classes.controller';
import { StaffService } from './staff.service';

@Module({ controllers: [ClassesController], providers: [StaffService] })
export class StaffModule {}
